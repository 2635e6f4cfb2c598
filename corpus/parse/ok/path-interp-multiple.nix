let x = "q"; y = "r"; in ./a/${x}-${y}/c${x}
