type Point = tuple
