// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"encoding/binary"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// DataFile is the name of the database file the fake keeps in its data
// directory ([WithDataDir]).
const DataFile = "peoplefake.db"

// dataFormat is the format version a data file records; a file of another
// version is refused, never read as this one.
const dataFormat = "peoplefake-data/1"

// The layout of a data file: a bucket meta (format, id sequence) and a bucket
// users holding one bucket per user, which holds one bucket per record kind,
// of records by key.
var (
	bucketMeta  = []byte("meta")
	bucketUsers = []byte("users")
	keyFormat   = []byte("format")
	keyIDs      = []byte("ids")
)

// A recordKind is one kind of per-user record that a data directory keeps:
// the people, contact groups and photos of a user, and whatever a store of
// the fake adds (see [registerRecordKind]). The bucket of the kind holds one
// record per key; the in-memory store is the truth, and a record is written
// from it when a transaction that touched its key commits.
type recordKind struct {
	// name is the kind's bucket in a user's bucket; it never changes once
	// data files hold it.
	name string
	// encode returns the record key of u as it now is, or ok false when u no
	// longer has one (the record is then deleted). The caller holds u.mu.
	encode func(u *userStore, key string) (value []byte, ok bool, err error)
	// load puts one record, as encode wrote it, into u, a store being
	// rebuilt (locked, or not yet shared). value is valid only during the
	// call. Records load kind by kind in registration order, each kind in
	// key order.
	load func(u *userStore, key string, value []byte) error
}

// recordKinds are the registered kinds, in registration order.
var recordKinds []*recordKind

// registerRecordKind adds a kind of per-user record to what data directories
// keep, and returns it for [userStore.touch]. It is the hook a store of the
// fake plugs its state into persistence with, in an init function (a
// package-level initialiser would make an initialisation cycle as soon as
// load stores through a function that touches the kind):
//
//	var kindChanges *recordKind
//
//	func init() {
//		kindChanges = registerRecordKind(&recordKind{
//			name:   "changes",
//			encode: func(u *userStore, key string) ([]byte, bool, error) { ... },
//			load:   func(u *userStore, key string, value []byte) error { ... },
//		})
//	}
//
// then, in a handler, inside [Server.write]: change the in-memory state and
// call u.touch(kindChanges, key) for each record changed. The commit of the
// request's transaction calls encode for every touched key; a restart, or a
// failed commit, rebuilds the user by calling load for every record. A kind's
// state must be reachable from its userStore (a field the store adds), and
// must be derived from its records alone, or from them and the records of
// kinds registered before it. It panics on a second kind of the same name.
func registerRecordKind(k *recordKind) *recordKind {
	for _, o := range recordKinds {
		if o.name == k.name {
			panic("peoplefake: two record kinds named " + k.name)
		}
	}
	recordKinds = append(recordKinds, k)
	return k
}

// dirtyKey names one record a transaction changed.
type dirtyKey struct {
	kind *recordKind
	key  string
}

// touch marks the record key of kind as changed by the running transaction.
// The caller holds u.mu for writing.
func (u *userStore) touch(kind *recordKind, key string) {
	if u.dirty == nil {
		u.dirty = make(map[dirtyKey]struct{})
	}
	u.dirty[dirtyKey{kind, key}] = struct{}{}
}

// reset empties u, every kind of record included, as one change of the
// running transaction: its commit deletes all of u's records before it writes
// the ones touched after the reset. It is the hook of an admin reset of a
// user (or of a load that replaces the user's state: reset, then store). The
// caller holds u.mu for writing, inside [Server.write].
func (u *userStore) reset() {
	u.userState = newUserStore(u.name, u.now).userState
	u.wiped = true
}

// pending reports whether the running transaction changed anything.
func (u *userStore) pending() bool { return len(u.dirty) > 0 || u.wiped }

// dataStore is an open data directory.
type dataStore struct {
	db   *bolt.DB
	path string // of the data file, for errors

	// hookCommit, when a test sets it, runs inside every commit before it
	// writes; an error fails the commit.
	hookCommit func(user string) error
}

// openData opens (making it if need be) the data file of dir and checks its
// format. resumed reports whether the file held state already. A directory
// that holds files but no data file, a data file that is not a bbolt
// database, and a database that is not a fake's of this format are errors
// naming the path: never a silent reset.
func openData(dir string) (d *dataStore, resumed bool, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, false, fmt.Errorf("data directory: %v", err)
	}
	path := filepath.Join(dir, DataFile)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, false, fmt.Errorf("data directory: %v", err)
		}
		if len(entries) > 0 {
			return nil, false, fmt.Errorf("data directory %s holds files but no %s: not a peoplefake data directory (give an empty or new one)", dir, DataFile)
		}
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, false, fmt.Errorf("data file %s: in use by another process", path)
	}
	if err != nil {
		return nil, false, fmt.Errorf("data file %s: %v (not a peoplefake data file, or corrupt)", path, err)
	}
	d = &dataStore{db: db, path: path}
	err = d.guard(func() error {
		return db.Update(func(tx *bolt.Tx) error {
			meta := tx.Bucket(bucketMeta)
			if meta == nil {
				empty := tx.ForEach(func([]byte, *bolt.Bucket) error { return errNotEmpty }) == nil
				if !empty {
					return errors.New("a bbolt database without the fake's format record: not a peoplefake data file")
				}
				meta, err := tx.CreateBucket(bucketMeta)
				if err != nil {
					return err
				}
				if _, err := tx.CreateBucket(bucketUsers); err != nil {
					return err
				}
				return meta.Put(keyFormat, []byte(dataFormat))
			}
			if f := string(meta.Get(keyFormat)); f != dataFormat {
				return fmt.Errorf("format %q, want %q", f, dataFormat)
			}
			if tx.Bucket(bucketUsers) == nil {
				return errors.New("no users bucket: corrupt")
			}
			if err := checkFile(tx, path); err != nil {
				return err
			}
			resumed = true
			return nil
		})
	})
	if err != nil {
		db.Close()
		return nil, false, fmt.Errorf("data file %s: %v", path, err)
	}
	if !resumed {
		syncDir(dir) // the new file's directory entry
	}
	return d, resumed, nil
}

// checkFile checks a data file before it is read: not shorter than its
// pages (a truncated file), and every page consistent (bbolt's check).
func checkFile(tx *bolt.Tx, path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if fi.Size() < tx.Size() {
		return fmt.Errorf("%d bytes, its pages need %d: truncated", fi.Size(), tx.Size())
	}
	var first error
	for err := range tx.Check() { // read to the end: the check runs until then
		if first == nil {
			first = fmt.Errorf("corrupt: %v", err)
		}
	}
	return first
}

// errNotEmpty stops the scan of a database's buckets at the first.
var errNotEmpty = errors.New("not empty")

// syncDir makes a directory's entries durable, as far as the system allows.
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		_ = f.Sync()
		f.Close()
	}
}

// guard runs fn, turning a panic of the database (which bbolt raises on some
// corrupt pages) into an error.
func (d *dataStore) guard(fn func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("corrupt: %v", v)
		}
	}()
	return fn()
}

// close closes the data file.
func (d *dataStore) close() error { return d.db.Close() }

// ids returns the saved state of the id sequence, if any.
func (d *dataStore) ids() (seed, count uint64, ok bool, err error) {
	err = d.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketMeta).Get(keyIDs)
		if v == nil {
			return nil
		}
		if len(v) != 16 {
			return fmt.Errorf("data file %s: id sequence record of %d bytes, want 16: corrupt", d.path, len(v))
		}
		seed, count, ok = binary.BigEndian.Uint64(v), binary.BigEndian.Uint64(v[8:]), true
		return nil
	})
	return seed, count, ok, err
}

// commit writes the records u's transaction touched, and the id sequence's
// state, in one bbolt transaction, synced to disk before it returns. The
// caller holds u.mu for writing. The id state written is the sequence's
// state at commit time, never older than any id a committed record holds:
// bbolt runs one write transaction at a time, so the value only grows.
func (d *dataStore) commit(u *userStore, ids *idSeq) error {
	return d.guard(func() error {
		return d.db.Update(func(tx *bolt.Tx) error {
			if d.hookCommit != nil {
				if err := d.hookCommit(u.name); err != nil {
					return err
				}
			}
			users := tx.Bucket(bucketUsers)
			if u.wiped && users.Bucket([]byte(u.name)) != nil {
				if err := users.DeleteBucket([]byte(u.name)); err != nil {
					return err
				}
			}
			ub, err := users.CreateBucketIfNotExists([]byte(u.name))
			if err != nil {
				return err
			}
			for k := range u.dirty {
				kb, err := ub.CreateBucketIfNotExists([]byte(k.kind.name))
				if err != nil {
					return err
				}
				v, ok, err := k.kind.encode(u, k.key)
				switch {
				case err != nil:
					return fmt.Errorf("%s %q: %v", k.kind.name, k.key, err)
				case ok:
					err = kb.Put([]byte(k.key), v)
				default:
					err = kb.Delete([]byte(k.key))
				}
				if err != nil {
					return err
				}
			}
			if ids.custom != nil {
				return nil
			}
			seed, count := ids.state()
			return tx.Bucket(bucketMeta).Put(keyIDs, binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, seed), count))
		})
	})
}

// saveIDs writes the id sequence's state (a new data file's).
func (d *dataStore) saveIDs(ids *idSeq) error {
	if ids.custom != nil {
		return nil
	}
	seed, count := ids.state()
	return d.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keyIDs, binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, seed), count))
	})
}

// loadAll calls add for every user the data file holds, with the user's
// store rebuilt from its records; its change log reads the time from now.
func (d *dataStore) loadAll(now func() time.Time, add func(*userStore)) error {
	return d.guard(func() error {
		return d.db.View(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketUsers).ForEach(func(name, v []byte) error {
				ub := tx.Bucket(bucketUsers).Bucket(name)
				if ub == nil {
					return fmt.Errorf("data file %s: user %q is not a bucket: corrupt", d.path, name)
				}
				u := newUserStore(string(name), now)
				if err := d.loadUser(ub, u); err != nil {
					return err
				}
				add(u)
				return nil
			})
		})
	})
}

// loadUser fills u, a new store, from its bucket.
func (d *dataStore) loadUser(ub *bolt.Bucket, u *userStore) error {
	known := make(map[string]bool, len(recordKinds))
	for _, k := range recordKinds {
		known[k.name] = true
		kb := ub.Bucket([]byte(k.name))
		if kb == nil {
			continue
		}
		err := kb.ForEach(func(key, v []byte) error {
			if err := k.load(u, string(key), v); err != nil {
				return fmt.Errorf("data file %s: user %q: %s %q: %v", d.path, u.name, k.name, key, err)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	err := ub.ForEach(func(name, _ []byte) error {
		if !known[string(name)] {
			return fmt.Errorf("data file %s: user %q: unknown record kind %q (written by another version of the fake?)", d.path, u.name, name)
		}
		return nil
	})
	clear(u.dirty)
	return err
}

// reload rebuilds u from its committed records, dropping every change of the
// transaction that failed. The caller holds u.mu for writing.
func (d *dataStore) reload(u *userStore) error {
	fresh := newUserStore(u.name, u.now)
	err := d.guard(func() error {
		return d.db.View(func(tx *bolt.Tx) error {
			if ub := tx.Bucket(bucketUsers).Bucket([]byte(u.name)); ub != nil {
				return d.loadUser(ub, fresh)
			}
			return nil
		})
	})
	if err != nil {
		return err
	}
	u.userState = fresh.userState
	return nil
}

// logf logs a server-side failure that the client sees only as a 500.
func (s *Server) logf(format string, args ...any) { log.Printf(format, args...) }
