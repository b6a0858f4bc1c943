// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import "slices"

// nodeMax is the most items of a leaf and the most children of an inner node
// of an index: wide enough that a tree of a million items is four levels deep,
// small enough that the memmove of an insertion into a node stays within a
// cache line's few neighbours.
const nodeMax = 64

// An index is an ordered set of items under a total order, with access by
// rank: a B+ tree whose nodes count the items below them. Insertion and
// deletion cost O(log n) comparisons plus a memmove of at most nodeMax
// elements per level; reading the k items from rank i costs O(log n + k).
//
// It is the sort index of a list method: people.connections.list keeps one per
// SortOrder, and a page is a range of ranks. An index is not safe for
// concurrent use; the fake guards it with the lock of its store.
//
// Deletion does not rebalance: a node leaves the tree only when it is empty.
// The depth therefore stays within log(most items ever held), which bounds
// the cost of every operation, and the tree never holds more nodes than it
// did at its largest. A separator may be a deleted item, kept alive until its
// node splits or goes.
type index[T any] struct {
	cmp  func(a, b T) int // the total order: 0 only for the same item
	root *inode[T]
}

// An inode is a node of an index. A leaf holds items; an inner node holds
// children and the separators between them: every item under kids[i] orders
// before keys[i], and keys[i] orders before or equal to every item under
// kids[i+1].
type inode[T any] struct {
	size  int // the items of the subtree
	items []T // a leaf's items, in order
	keys  []T // an inner node's separators, len(kids)-1 of them
	kids  []*inode[T]
}

// newIndex returns an empty index ordered by cmp, which must be a total order
// (0 only for equal items; ties broken, for instance by resource name).
func newIndex[T any](cmp func(a, b T) int) *index[T] {
	return &index[T]{cmp: cmp, root: &inode[T]{}}
}

// Len returns the number of items in x.
func (x *index[T]) Len() int { return x.root.size }

// Insert adds item to x and reports whether it was new; an equal item already
// there is left in place.
func (x *index[T]) Insert(item T) bool {
	right, sep, added := x.insert(x.root, item)
	if right != nil { // the root split: grow a level
		l := x.root
		x.root = &inode[T]{size: l.size + right.size, keys: []T{sep}, kids: []*inode[T]{l, right}}
	}
	return added
}

// insert adds item under n; when n splits, it returns the new right sibling
// and the separator before it.
func (x *index[T]) insert(n *inode[T], item T) (right *inode[T], sep T, added bool) {
	if n.kids == nil {
		i, found := slices.BinarySearchFunc(n.items, item, x.cmp)
		if found {
			return nil, sep, false
		}
		n.items = slices.Insert(n.items, i, item)
		n.size++
		if len(n.items) > nodeMax {
			m := len(n.items) / 2
			right = &inode[T]{size: len(n.items) - m, items: slices.Clone(n.items[m:])}
			clear(n.items[m:])
			n.items = n.items[:m:m]
			n.size = m
			return right, right.items[0], true
		}
		return nil, sep, true
	}
	i := x.child(n, item)
	r, s, added := x.insert(n.kids[i], item)
	if !added {
		return nil, sep, false
	}
	n.size++
	if r == nil {
		return nil, sep, true
	}
	n.keys = slices.Insert(n.keys, i, s)
	n.kids = slices.Insert(n.kids, i+1, r)
	if len(n.kids) <= nodeMax {
		return nil, sep, true
	}
	m := len(n.kids) / 2
	right = &inode[T]{keys: slices.Clone(n.keys[m:]), kids: slices.Clone(n.kids[m:])}
	sep = n.keys[m-1]
	clear(n.keys[m-1:])
	clear(n.kids[m:])
	n.keys, n.kids = n.keys[:m-1:m-1], n.kids[:m:m]
	for _, k := range right.kids {
		right.size += k.size
	}
	n.size -= right.size
	return right, sep, true
}

// child returns the index of the child of the inner node n whose range holds
// item: the number of separators at or before it.
func (x *index[T]) child(n *inode[T], item T) int {
	i, found := slices.BinarySearchFunc(n.keys, item, x.cmp)
	if found {
		i++
	}
	return i
}

// Delete removes item from x and reports whether it was there.
func (x *index[T]) Delete(item T) bool {
	if !x.delete(x.root, item) {
		return false
	}
	for len(x.root.kids) == 1 { // shrink a level
		x.root = x.root.kids[0]
	}
	return true
}

// delete removes item from under n, dropping the nodes it empties.
func (x *index[T]) delete(n *inode[T], item T) bool {
	if n.kids == nil {
		i, found := slices.BinarySearchFunc(n.items, item, x.cmp)
		if !found {
			return false
		}
		n.items = slices.Delete(n.items, i, i+1)
		n.size--
		return true
	}
	i := x.child(n, item)
	k := n.kids[i]
	if !x.delete(k, item) {
		return false
	}
	n.size--
	if k.size == 0 && len(n.kids) > 1 {
		// Dropping the separator before kids[i] (after it, for the first
		// child) keeps every separator between the ranges it divides.
		n.kids = slices.Delete(n.kids, i, i+1)
		j := max(i-1, 0)
		n.keys = slices.Delete(n.keys, j, j+1)
	}
	return true
}

// At returns the item of rank i (0 is the first); i must be in [0, Len()).
func (x *index[T]) At(i int) T {
	n := x.root
	for n.kids != nil {
		for _, k := range n.kids {
			if i < k.size {
				n = k
				break
			}
			i -= k.size
		}
	}
	return n.items[i]
}

// AppendRange appends to dst the items of ranks from through to-1, in order,
// and returns the extended slice; the range is clipped to [0, Len()).
func (x *index[T]) AppendRange(dst []T, from, to int) []T {
	from, to = max(from, 0), min(to, x.Len())
	if from >= to {
		return dst
	}
	return appendRange(x.root, dst, from, to)
}

// appendRange appends the items of n of ranks [from, to) within n, a
// non-empty range, visiting only the nodes that hold some of them.
func appendRange[T any](n *inode[T], dst []T, from, to int) []T {
	if n.kids == nil {
		return append(dst, n.items[from:to]...)
	}
	for _, k := range n.kids {
		if from < k.size {
			dst = appendRange(k, dst, from, min(to, k.size))
		}
		if to <= k.size {
			break
		}
		from, to = max(from-k.size, 0), to-k.size
	}
	return dst
}
