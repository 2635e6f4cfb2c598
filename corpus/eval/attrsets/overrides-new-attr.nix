rec { a = 1; __overrides = { c = 3; }; }
