./a + { outPath = "/b"; }
