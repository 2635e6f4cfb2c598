let x = "q"; in ./${x}
