throw "thrown from imported file"
