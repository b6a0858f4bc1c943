// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package jsonscan

// Skip reads the value at d.Pos, of any kind and any depth, checking its
// syntax, and leaves d.Pos after it. It keeps the objects and lists it is in
// on a stack of its own, not the goroutine's, so no input can make it recurse:
// a decoder that does not know a value's schema (the server's envelope of a
// raw Person) skips it and hands its bytes on.
func (d *Scanner) Skip() error {
	var open []byte // the closing byte of each object or list Skip is in
	for {
		// A value.
		if d.Pos >= len(d.In) {
			return d.Fail(d.Pos, ExpectValue)
		}
		switch d.In[d.Pos] {
		case '{':
			d.Pos++
			d.WS()
			if d.Pos < len(d.In) && d.In[d.Pos] == '}' {
				d.Pos++
				break
			}
			open = append(open, '}')
			if err := d.key(); err != nil {
				return err
			}
			continue
		case '[':
			d.Pos++
			d.WS()
			if d.Pos < len(d.In) && d.In[d.Pos] == ']' {
				d.Pos++
				break
			}
			open = append(open, ']')
			continue
		default:
			if _, err := d.Scalar(); err != nil {
				return err
			}
		}
		// What follows it: the ends of the objects and lists it closes, then a
		// comma before the next value.
		for {
			if len(open) == 0 {
				return nil
			}
			end := open[len(open)-1]
			d.WS()
			if d.Pos < len(d.In) && d.In[d.Pos] == end {
				d.Pos++
				open = open[:len(open)-1]
				continue
			}
			if d.Pos < len(d.In) && d.In[d.Pos] == ',' {
				d.Pos++
				d.WS()
				if end == '}' {
					if err := d.key(); err != nil {
						return err
					}
				}
				break
			}
			if end == '}' {
				return d.Fail(d.Pos, ExpectObjectEnd)
			}
			return d.Fail(d.Pos, ExpectListEnd)
		}
	}
}

// key reads an object's member name and its colon, and the white space after.
func (d *Scanner) key() error {
	if d.Pos >= len(d.In) || d.In[d.Pos] != '"' {
		return d.Fail(d.Pos, ExpectKey)
	}
	if _, err := d.Str(); err != nil {
		return err
	}
	d.WS()
	if d.Pos >= len(d.In) || d.In[d.Pos] != ':' {
		return d.Fail(d.Pos, ExpectColon)
	}
	d.Pos++
	d.WS()
	return nil
}
