/* block
   comment */ 1 + # line comment
2 /* inline */ + 3
