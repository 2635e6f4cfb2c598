{ outPath = 1; name = 2; system = 3; type = 4; meta = 5; value = 6; x = 7; y = 8; args = 9; builder = 10; }
