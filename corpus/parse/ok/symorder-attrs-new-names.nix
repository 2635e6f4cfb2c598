{ qux = 1; foo = 2; bar = 3; baz = 4; quux = 5; }
