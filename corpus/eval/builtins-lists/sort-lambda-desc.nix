builtins.sort (a: b: a > b) [ 1 5 2 8 3 9 4 0 7 6 11 10 15 13 12 14 ]
