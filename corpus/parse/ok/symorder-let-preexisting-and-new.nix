let zzz = 1; name = 2; aaa = 3; x = 4; value = 5; qqq = 6; in [ zzz name aaa x value qqq ]
