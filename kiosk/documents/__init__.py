"""What arrivals take home: the information sheet and meal tickets, laid out by Qt."""
