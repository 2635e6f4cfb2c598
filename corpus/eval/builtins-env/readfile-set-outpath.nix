builtins.readFile { outPath = toString ./fixtures/hello.txt; }
