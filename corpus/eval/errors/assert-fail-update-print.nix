assert { } // { a = 1; } == { }; 1
