rec { a = 1; b = a; c = b + 1; }
