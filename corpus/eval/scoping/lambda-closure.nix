let mk = x: y: x - y; f = mk 10; in f 3
