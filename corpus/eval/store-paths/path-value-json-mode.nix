{ p = ./fixtures/plain.txt; }
