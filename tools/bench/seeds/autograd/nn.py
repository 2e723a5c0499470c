"""Dataset and Linear layer for the stand-in autograd engine."""
import numpy as np

from . import Module, Variable


class Dataset:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Linear(Module):
    def __init__(self, shape):
        self.weight = Variable(np.random.uniform(-1, 1, size=shape))
        self.bias = Variable(np.zeros((shape[0], 1)))

    def __call__(self, x):
        return self.weight @ x + self.bias
