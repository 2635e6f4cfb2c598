let a = { "b c" = 1; }; in a."b c"
