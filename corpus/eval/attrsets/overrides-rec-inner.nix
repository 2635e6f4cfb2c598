rec { a = 1; __overrides = rec { a = b; b = 5; }; }
