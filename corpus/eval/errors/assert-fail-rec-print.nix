assert rec { a = 1; } == { }; 1
