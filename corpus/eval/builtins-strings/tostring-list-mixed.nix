toString [ 1 null true false 1.5 "a" [ ] [ 2 ] ]
