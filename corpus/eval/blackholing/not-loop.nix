let b = !b; in b
