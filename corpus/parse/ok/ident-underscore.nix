let _ = 1; __x = 2; _a_b_ = 3; in _ + __x + _a_b_
