assert true; assert 1 < 2; assert !false; null
