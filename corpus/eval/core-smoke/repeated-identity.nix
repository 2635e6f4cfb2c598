let v = [ 1 2 3 ]; s = { a = v; }; in [ v v s s { } { } [ ] [ ] ]
