{ s = "q\" b\\ n\n r\r t\t"; u = "é☃"; }
