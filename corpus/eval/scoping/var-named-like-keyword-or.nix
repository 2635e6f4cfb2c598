let or = 1; in { x = or; }
