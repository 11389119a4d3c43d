"""Getting documents onto paper: CUPS, Qt's printer, ESC/POS receipt printers, or a folder."""
