namespace khiw {}
