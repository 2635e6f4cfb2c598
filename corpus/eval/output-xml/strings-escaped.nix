{ s = "lt< gt> amp& q\" nl\n tab\t"; }
