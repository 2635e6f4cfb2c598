rec { a = rec { b = 1; c = b; }; d = a.c; }
