{ z, y, x, c, b, a }: [ a b c x y z ]
