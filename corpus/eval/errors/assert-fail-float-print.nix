assert 1.5 == 2.0; 1
