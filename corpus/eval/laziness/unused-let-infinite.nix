let x = x; in "fine"
