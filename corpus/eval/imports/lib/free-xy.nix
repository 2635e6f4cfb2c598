[ x y ]
