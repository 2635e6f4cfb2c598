let length2 = 1; in lenght2
