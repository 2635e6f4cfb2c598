toString (1.0 / 3)
