let a = 1; in rec { a = 5; inherit a; }
