let z = 1; w = 2; t = 3; o = 4; k = 5; h = 6; d = 7; in [ z w t o k h d ]
