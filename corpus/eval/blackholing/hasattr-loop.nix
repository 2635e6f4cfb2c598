let s = if s ? a then { } else { a = 1; }; in s
