./a + { outPath = ./b; }
