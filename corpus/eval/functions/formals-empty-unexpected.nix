({ }: "empty") { a = 1; }
