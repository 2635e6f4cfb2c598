./top
