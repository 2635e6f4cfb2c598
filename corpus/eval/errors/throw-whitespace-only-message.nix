throw "   "
