/usr/bin
