let s = { a = 1; }; t = { inherit s; }; in [ t t s ]
