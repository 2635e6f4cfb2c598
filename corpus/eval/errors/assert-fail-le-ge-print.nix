assert 2 <= 1 || 1 >= 2; 1
