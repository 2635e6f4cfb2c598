toString [ 1 "a" true null 2.5 ]
