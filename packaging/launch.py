"""PyInstaller's entry script: the kiosk's own `kiosk.app.main`, nothing else."""

from kiosk.app import main

if __name__ == "__main__":
    main()
