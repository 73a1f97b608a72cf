/* secretfence._scan: the prefilter's byte scans, one pass each instead of one per literal.
 *
 * Optional: setup.py builds it when a C compiler is there, and secretfence/prefilter/search.py
 * falls back to the pure-Python scans (same results, tested against each other) when it is not.
 *
 *   compile_literals(exact, folded) -> an opaque index of literals (bytes, 2+ each): `exact`
 *       ones match case-sensitively, `folded` ones (lower-case) match ASCII letters of either
 *       case, as in data.lower(); literal indices run through exact, then folded.
 *   find_literals(data, compiled) -> [(offset, literal index), ...] in offset order
 *       Every literal's first occurrence on each line ("\n"-separated): what
 *       prefilter.search._find_all records, for all literals in one pass.
 *   find_heads(data, compiled, offset, meanings, meaning_of, tries_a_line, hits) -> None
 *       find_literals' pass, with what prefilter.search._Literals.hits then did in Python for each
 *       literal reported: hits gets (offset, plugins) for the plugins a literal makes candidates
 *       outright, and for those whose verify regex confirms it (called back: verify.match(data, at)).
 *       meanings[offset + index] is (plugins outright, ((plugins, verify[, follows]), ...), literal,
 *       folded), or None until meaning_of(offset + index) works it out. See hits() for the rules.
 *       follows, when given and not None, is 256 bytes: verify is called only where the byte right
 *       after the literal is one whose entry is non-zero (no byte there: not called).
 *   find_runs(data, table, groups) -> [[(start, stop), ...] per group]
 *       table[byte] has bit g set when the byte belongs to group g's charset (g < 7) and bit 7
 *       for a quote; groups is a sequence of (min_length, quoted). A run is a maximal stretch of
 *       its group's bytes at least min_length long; a quoted run also has a quote on each side.
 *   LIMITED_API: the Py_LIMITED_API it was built against (0x03090000).
 *
 * Built against the limited API (setup.py defines Py_LIMITED_API 0x03090000): one abi3 binary
 * serves CPython 3.9 and every later version, as cryptography's wheels do.
 * So no Py_buffer ("y#" gives bytes' own pointer), and function forms, not macros, for lists,
 * tuples and bytes.
 */
#ifndef Py_LIMITED_API
#error "secretfence._scan is built against the limited API: define Py_LIMITED_API (setup.py does)"
#endif
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define QUOTE_BIT 0x80
#define MAX_GROUPS 7

static PyObject *
append_pair(PyObject *list, Py_ssize_t first, Py_ssize_t second)
{
    /* The tuple built directly: Py_BuildValue parses its format string at every call. */
    PyObject *first_item = PyLong_FromSsize_t(first);
    PyObject *second_item = first_item ? PyLong_FromSsize_t(second) : NULL;
    PyObject *pair = second_item ? PyTuple_New(2) : NULL;
    if (pair == NULL) {
        Py_XDECREF(first_item);
        Py_XDECREF(second_item);
        return NULL;
    }
    /* They take the references, and cannot fail on a new 2-tuple's items 0 and 1. */
    PyTuple_SetItem(pair, 0, first_item);
    PyTuple_SetItem(pair, 1, second_item);
    int failed = PyList_Append(list, pair);
    Py_DECREF(pair);
    return failed ? NULL : list;
}

/* A set of literals, indexed once: literals of 4+ bytes by a hash of their first four bytes,
 * shorter ones by their first two. Both filters are 8 KB bitsets that stay in the L1 cache;
 * one filter test a byte and a memcmp at the rare positions that pass. */
#define HASH_BITS 16
#define CAPSULE_NAME "secretfence._scan.Literals"

typedef struct {
    Py_ssize_t count, exact_count;       /* literals [0, exact_count) are case-sensitive */
    char **text;
    Py_ssize_t *length;
    int32_t *next;                       /* chains of long literals with the same hash */
    int32_t head[1 << HASH_BITS];        /* first long literal of each hash, or -1 */
    unsigned char long_filter[(1 << HASH_BITS) / 8];
    unsigned char short_filter[65536 / 8];
    int32_t short_start[257];            /* short literals by first byte: short_bucket[start[c] .. start[c + 1]) */
    int32_t *short_bucket;
} Literals;

/* Filters and buckets see every byte with bit 5 set (A and a alike, and so for a few
   punctuation pairs): a case-insensitive literal then has one entry, and a text matches it only
   where it also passes the filter. */
#define LOOSE(byte) ((unsigned char)((byte) | 0x20))

static inline uint32_t
hash4(const unsigned char *at)
{
    uint32_t word;
    memcpy(&word, at, 4);
    return ((word | 0x20202020u) * 2654435761u) >> (32 - HASH_BITS);
}

static inline int
same(const unsigned char *text, const char *literal, Py_ssize_t length, int folded)
{
    if (!folded)
        return memcmp(text, literal, length) == 0;
    for (Py_ssize_t i = 0; i < length; i++) {
        unsigned char byte = text[i];
        if (byte >= 'A' && byte <= 'Z')
            byte |= 0x20;
        if (byte != (unsigned char)literal[i])
            return 0;
    }
    return 1;
}

#define HAS_BIT(set, bit) ((set)[(bit) >> 3] & (1u << ((bit) & 7)))
#define SET_BIT(set, bit) ((set)[(bit) >> 3] |= (unsigned char)(1u << ((bit) & 7)))

static void
free_literals(Literals *literals)
{
    if (literals == NULL)
        return;
    if (literals->text != NULL)
        for (Py_ssize_t k = 0; k < literals->count; k++)
            PyMem_Free(literals->text[k]);
    PyMem_Free(literals->text);
    PyMem_Free(literals->length);
    PyMem_Free(literals->next);
    PyMem_Free(literals->short_bucket);
    PyMem_Free(literals);
}

static void
capsule_destructor(PyObject *capsule)
{
    free_literals(PyCapsule_GetPointer(capsule, CAPSULE_NAME));
}

static PyObject *
compile_literals(PyObject *module, PyObject *args)
{
    (void)module;
    PyObject *exact_arg, *folded_arg;
    if (!PyArg_ParseTuple(args, "OO:compile_literals", &exact_arg, &folded_arg))
        return NULL;
    /* Tuples: their items are borrowed safely (PyTuple_GetItem), whatever sequence was given. */
    PyObject *exact = PySequence_Tuple(exact_arg);
    PyObject *folded = exact ? PySequence_Tuple(folded_arg) : NULL;
    if (folded == NULL) {
        Py_XDECREF(exact);
        return NULL;
    }
    Py_ssize_t exact_count = PyTuple_Size(exact);
    Py_ssize_t count = exact_count + PyTuple_Size(folded);
    Literals *literals = PyMem_Calloc(1, sizeof(Literals));
    if (literals == NULL || count > INT32_MAX - 1)
        goto no_memory;
    literals->count = count;
    literals->exact_count = exact_count;
    literals->text = PyMem_Calloc(count + 1, sizeof(char *));
    literals->length = PyMem_Calloc(count + 1, sizeof(Py_ssize_t));
    literals->next = PyMem_Calloc(count + 1, sizeof(int32_t));
    literals->short_bucket = PyMem_Calloc(count + 1, sizeof(int32_t));
    if (!literals->text || !literals->length || !literals->next || !literals->short_bucket)
        goto no_memory;
    memset(literals->head, 0xff, sizeof(literals->head));
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *item = k < exact_count ? PyTuple_GetItem(exact, k) : PyTuple_GetItem(folded, k - exact_count);
        if (item == NULL)
            goto fail;
        if (!PyBytes_Check(item)) {
            PyErr_SetString(PyExc_TypeError, "literals must be bytes");
            goto fail;
        }
        char *text;
        Py_ssize_t length;
        if (PyBytes_AsStringAndSize(item, &text, &length) < 0)
            goto fail;
        if (length < 2 || memchr(text, '\n', length) != NULL) {
            PyErr_SetString(PyExc_ValueError, "literals must be 2+ bytes without a newline");
            goto fail;
        }
        if (k >= exact_count)
            for (Py_ssize_t i = 0; i < length; i++)
                if (text[i] >= 'A' && text[i] <= 'Z') {
                    PyErr_SetString(PyExc_ValueError, "case-insensitive literals must be lower-case");
                    goto fail;
                }
        literals->text[k] = PyMem_Malloc(length);
        if (literals->text[k] == NULL)
            goto no_memory;
        memcpy(literals->text[k], text, length);
        literals->length[k] = length;
        const unsigned char *first = (const unsigned char *)text;
        if (length >= 4) {
            uint32_t hash = hash4(first);
            SET_BIT(literals->long_filter, hash);
            literals->next[k] = literals->head[hash];
            literals->head[hash] = (int32_t)k;
        } else {
            SET_BIT(literals->short_filter, (unsigned int)LOOSE(first[0]) << 8 | LOOSE(first[1]));
            literals->short_start[LOOSE(first[0]) + 1]++;
        }
    }
    for (int c = 0; c < 256; c++)
        literals->short_start[c + 1] += literals->short_start[c];
    {
        int32_t filled[256];
        memcpy(filled, literals->short_start, sizeof(filled));
        for (Py_ssize_t k = 0; k < count; k++)
            if (literals->length[k] < 4)
                literals->short_bucket[filled[LOOSE(literals->text[k][0])]++] = (int32_t)k;
    }
    Py_DECREF(exact);
    Py_DECREF(folded);
    PyObject *capsule = PyCapsule_New(literals, CAPSULE_NAME, capsule_destructor);
    if (capsule == NULL)
        free_literals(literals);
    return capsule;

no_memory:
    PyErr_NoMemory();
fail:
    free_literals(literals);
    Py_DECREF(exact);
    Py_DECREF(folded);
    return NULL;
}

/* A literal's first occurrence on a line: (offset, literal index). */
typedef struct {
    Py_ssize_t at, k;
} Found;

typedef struct {
    Found *items;
    Py_ssize_t count, capacity;
} FoundList;

/* Record literal k at `at` unless it was already seen on this line. */
static inline int
record(FoundList *found, const unsigned char *bytes, Py_ssize_t size, Py_ssize_t at, Py_ssize_t k,
       Py_ssize_t *next_line)
{
    if (at < next_line[k])
        return 0;
    if (found->count == found->capacity) {
        Py_ssize_t capacity = found->capacity ? found->capacity * 2 : 256;
        Found *items = PyMem_Realloc(found->items, capacity * sizeof(Found));
        if (items == NULL)
            return -1;
        found->items = items;
        found->capacity = capacity;
    }
    found->items[found->count].at = at;
    found->items[found->count].k = k;
    found->count++;
    const unsigned char *end_of_line = memchr(bytes + at, '\n', size - at);
    next_line[k] = end_of_line ? (end_of_line - bytes) + 1 : size;
    return 0;
}

/* Every literal's first occurrence on each line, in offset order, into `found` (its items the
 * caller frees with PyMem_Free, also on failure). -1 (MemoryError set) on failure. */
static int
collect(const Literals *literals, const unsigned char *bytes, Py_ssize_t size, FoundList *found)
{
    Py_ssize_t *next_line = PyMem_Calloc(literals->count + 1, sizeof(Py_ssize_t));
    if (next_line == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t exact = literals->exact_count;
    /* Each filter is tested at every position, without a common pre-test: a literal's first two
     * bytes are common digrams (`re`, `se`, `in`), so a pre-test on them passed a fifth of all
     * positions at random, and its mispredicted branch cost more than both filters' tests. */
    for (Py_ssize_t at = 0; at + 1 < size; at++) {
        unsigned char loose = LOOSE(bytes[at]);
        unsigned int pair = (unsigned int)loose << 8 | LOOSE(bytes[at + 1]);
        if (at + 4 <= size) {
            uint32_t hash = hash4(bytes + at);
            if (HAS_BIT(literals->long_filter, hash)) {
                for (int32_t k = literals->head[hash]; k >= 0; k = literals->next[k]) {
                    Py_ssize_t length = literals->length[k];
                    if (length <= size - at && same(bytes + at, literals->text[k], length, k >= exact)
                        && record(found, bytes, size, at, k, next_line) < 0)
                        goto no_memory;
                }
            }
        }
        if (HAS_BIT(literals->short_filter, pair)) {
            for (int32_t b = literals->short_start[loose]; b < literals->short_start[loose + 1]; b++) {
                int32_t k = literals->short_bucket[b];
                Py_ssize_t length = literals->length[k];
                if (length <= size - at && same(bytes + at, literals->text[k], length, k >= exact)
                    && record(found, bytes, size, at, k, next_line) < 0)
                    goto no_memory;
            }
        }
    }
    PyMem_Free(next_line);
    return 0;

no_memory:
    PyMem_Free(next_line);
    PyErr_NoMemory();
    return -1;
}

static PyObject *
find_literals(PyObject *module, PyObject *args)
{
    const char *data;
    Py_ssize_t size;
    PyObject *capsule;
    (void)module;
    /* "y#": bytes' own buffer, alive while args holds the object; no copy. */
    if (!PyArg_ParseTuple(args, "y#O:find_literals", &data, &size, &capsule))
        return NULL;
    const Literals *literals = PyCapsule_GetPointer(capsule, CAPSULE_NAME);
    if (literals == NULL)
        return NULL;
    FoundList found = {NULL, 0, 0};
    PyObject *result = NULL;
    if (collect(literals, (const unsigned char *)data, size, &found) < 0)
        goto done;
    result = PyList_New(0);
    if (result == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < found.count; i++)
        if (append_pair(result, found.items[i].at, found.items[i].k) == NULL) {
            Py_CLEAR(result);
            goto done;
        }

done:
    PyMem_Free(found.items);
    return result;
}

/* The next occurrence of literal k in bytes[from, stop) (a folded one in either case), or -1. */
static Py_ssize_t
next_occurrence(const Literals *literals, Py_ssize_t k, const unsigned char *bytes, Py_ssize_t from, Py_ssize_t stop)
{
    const char *text = literals->text[k];
    Py_ssize_t length = literals->length[k];
    int folded = k >= literals->exact_count;
    for (Py_ssize_t at = from; at + length <= stop; at++)
        if (same(bytes + at, text, length, folded))
            return at;
    return -1;
}

/* hits.append((at, numbers)); on_line |= numbers. */
static int
add_candidates(PyObject *hits, PyObject *on_line, Py_ssize_t at, PyObject *numbers)
{
    PyObject *position = PyLong_FromSsize_t(at);
    PyObject *hit = position ? PyTuple_New(2) : NULL;
    if (hit == NULL) {
        Py_XDECREF(position);
        return -1;
    }
    Py_INCREF(numbers);
    PyTuple_SetItem(hit, 0, position);
    PyTuple_SetItem(hit, 1, numbers);
    int failed = PyList_Append(hits, hit);
    Py_DECREF(hit);
    if (failed)
        return -1;
    PyObject *updated = PyNumber_InPlaceOr(on_line, numbers);
    if (updated == NULL)
        return -1;
    Py_DECREF(updated);
    return 0;
}

/* Whether verify.match(data, at) matches: 1, 0, or -1 (an error set). */
static int
confirmed(PyObject *verify, PyObject *data, Py_ssize_t at)
{
    static PyObject *match_name = NULL;
    if (match_name == NULL && (match_name = PyUnicode_InternFromString("match")) == NULL)
        return -1;
    PyObject *position = PyLong_FromSsize_t(at);
    if (position == NULL)
        return -1;
    PyObject *match = PyObject_CallMethodObjArgs(verify, match_name, data, position, NULL);
    Py_DECREF(position);
    if (match == NULL)
        return -1;
    int matched = match != Py_None;
    Py_DECREF(match);
    return matched;
}

/* Whether the bytes after a head ending at `after` may stand there in a match, by the check's window: `places`
 * tables of 256 bytes, non-zero where a byte may stand at that place. The buffer's end right after the head rules a
 * match out (a window is only made where a match goes on past the head); places past the end are not judged. */
static int
in_window(const unsigned char *window, Py_ssize_t places, const unsigned char *bytes, Py_ssize_t size, Py_ssize_t after)
{
    for (Py_ssize_t place = 0; place < places; place++) {
        if (after + place >= size)
            return place > 0;
        if (!window[place * 256 + bytes[after + place]])
            return 0;
    }
    return 1;
}

#define MAX_CHECKS 64

static PyObject *
find_heads(PyObject *module, PyObject *args)
{
    PyObject *data_object, *capsule, *meanings, *meaning_of, *hits;
    Py_ssize_t offset, tries_a_line;
    (void)module;
    if (!PyArg_ParseTuple(args, "SOnO!OnO!:find_heads", &data_object, &capsule, &offset, &PyList_Type, &meanings,
                          &meaning_of, &tries_a_line, &PyList_Type, &hits))
        return NULL;
    char *data;
    Py_ssize_t size;
    if (PyBytes_AsStringAndSize(data_object, &data, &size) < 0)
        return NULL;
    const Literals *literals = PyCapsule_GetPointer(capsule, CAPSULE_NAME);
    if (literals == NULL)
        return NULL;
    const unsigned char *bytes = (const unsigned char *)data;
    FoundList found = {NULL, 0, 0};
    PyObject *on_line = NULL, *meaning = NULL, *result = NULL;
    /* The checks still to confirm on a line, by index into a literal's `checks`: on the stack for
     * the usual few (22 at most today), on the heap for a literal with more. */
    Py_ssize_t stack_pending[MAX_CHECKS], *heap_pending = NULL, heap_capacity = 0;
    if (collect(literals, bytes, size, &found) < 0)
        goto done;
    on_line = PySet_New(NULL);  /* the plugins the current line is a candidate for, so far */
    if (on_line == NULL)
        goto done;
    Py_ssize_t end_of_line = -1;
    for (Py_ssize_t i = 0; i < found.count; i++) {
        Py_ssize_t at = found.items[i].at, k = found.items[i].k;
        if (at > end_of_line) {  /* a new line (found in offset order) */
            const unsigned char *newline = memchr(bytes + at, '\n', size - at);
            end_of_line = newline ? newline - bytes : size;
            if (PySet_Clear(on_line) < 0)
                goto done;
        }
        Py_CLEAR(meaning);
        meaning = PyList_GetItem(meanings, offset + k);
        if (meaning == NULL)
            goto done;
        if (meaning == Py_None)
            meaning = PyObject_CallFunction(meaning_of, "n", offset + k);
        else
            Py_INCREF(meaning);
        if (meaning == NULL)
            goto done;
        PyObject *sure = PyTuple_GetItem(meaning, 0), *checks = PyTuple_GetItem(meaning, 1);
        if (sure == NULL || checks == NULL)
            goto done;
        Py_ssize_t sure_count = PyObject_Size(sure), check_count = PyTuple_Size(checks);
        if (sure_count < 0 || check_count < 0)
            goto done;
        Py_ssize_t *pending = stack_pending, pending_count = 0;
        if (check_count > MAX_CHECKS) {
            if (check_count > heap_capacity) {
                Py_ssize_t *grown = PyMem_Realloc(heap_pending, check_count * sizeof(Py_ssize_t));
                if (grown == NULL) {
                    PyErr_NoMemory();
                    goto done;
                }
                heap_pending = grown;
                heap_capacity = check_count;
            }
            pending = heap_pending;
        }
        if (sure_count > 0 && add_candidates(hits, on_line, at, sure) < 0)
            goto done;
        for (Py_ssize_t c = 0; c < check_count; c++)
            pending[pending_count++] = c;
        Py_ssize_t here = at;
        for (Py_ssize_t tries = 0; pending_count > 0; tries++) {
            if (tries > 0) {  /* the head's next occurrence on the line */
                here = next_occurrence(literals, k, bytes, here + 1, end_of_line);
                if (here < 0)
                    break;
            }
            Py_ssize_t left = 0;
            for (Py_ssize_t p = 0; p < pending_count; p++) {
                PyObject *check = PyTuple_GetItem(checks, pending[p]);
                PyObject *numbers = check ? PyTuple_GetItem(check, 0) : NULL;
                PyObject *verify = check ? PyTuple_GetItem(check, 1) : NULL;
                if (numbers == NULL || verify == NULL)
                    goto done;
                /* The check's follow table, when it has one: the bytes that may follow the head in a match. */
                const unsigned char *follows = NULL;
                if (PyTuple_Size(check) > 2) {
                    PyObject *table = PyTuple_GetItem(check, 2);
                    if (table == NULL)
                        goto done;
                    if (table != Py_None) {
                        if (!PyBytes_Check(table) || PyBytes_Size(table) != 256) {
                            PyErr_SetString(PyExc_ValueError, "a follow table is 256 bytes, or None");
                            goto done;
                        }
                        follows = (const unsigned char *)PyBytes_AsString(table);
                    }
                }
                /* Its window, when it has one: the bytes that may stand at each of the few places after the head. */
                const unsigned char *window = NULL;
                Py_ssize_t window_places = 0;
                if (PyTuple_Size(check) > 3) {
                    PyObject *table = PyTuple_GetItem(check, 3);
                    if (table == NULL)
                        goto done;
                    if (table != Py_None) {
                        if (!PyBytes_Check(table) || PyBytes_Size(table) == 0 || PyBytes_Size(table) % 256 != 0) {
                            PyErr_SetString(PyExc_ValueError, "a window is 256 bytes a place, or None");
                            goto done;
                        }
                        window = (const unsigned char *)PyBytes_AsString(table);
                        window_places = PyBytes_Size(table) / 256;
                    }
                }
                int known = PyObject_RichCompareBool(numbers, on_line, Py_LE);
                if (known < 0)
                    goto done;
                if (known)
                    continue;
                /* A line of hundreds of one head (`cat cat cat …`) is a candidate outright: its
                   readers judge it, each capped a line, for less than confirming every head. */
                Py_ssize_t after = here + literals->length[k];
                int matched;
                if (tries > tries_a_line)
                    matched = 1;
                else if (follows != NULL && (after >= size || !follows[bytes[after]]))
                    matched = 0;  /* no byte the regex lets follow the head: it cannot match here */
                else if (window != NULL && !in_window(window, window_places, bytes, size, after))
                    matched = 0;  /* a byte after it the regex lets stand nowhere there */
                else
                    matched = confirmed(verify, data_object, here);
                if (matched < 0)
                    goto done;
                if (matched) {
                    if (add_candidates(hits, on_line, here, numbers) < 0)
                        goto done;
                } else {
                    pending[left++] = pending[p];
                }
            }
            pending_count = tries > tries_a_line ? 0 : left;
        }
    }
    result = Py_None;
    Py_INCREF(result);

done:
    Py_XDECREF(meaning);
    Py_XDECREF(on_line);
    PyMem_Free(heap_pending);
    PyMem_Free(found.items);
    return result;
}

static PyObject *
find_runs(PyObject *module, PyObject *args)
{
    const char *data, *table;
    Py_ssize_t size, table_size;
    PyObject *groups_arg;
    (void)module;
    if (!PyArg_ParseTuple(args, "y#y#O:find_runs", &data, &size, &table, &table_size, &groups_arg))
        return NULL;

    PyObject *result = NULL;
    PyObject *groups = PySequence_Tuple(groups_arg);
    if (groups == NULL)
        goto done;
    Py_ssize_t count = PyTuple_Size(groups);
    if (table_size != 256 || count > MAX_GROUPS) {
        PyErr_SetString(PyExc_ValueError, "table must be 256 bytes, for at most 7 groups");
        goto done;
    }
    result = PyList_New(count);
    if (result == NULL)
        goto done;
    const unsigned char *bytes = (const unsigned char *)data, *kinds = (const unsigned char *)table;
    for (Py_ssize_t g = 0; g < count; g++) {
        Py_ssize_t min_length;
        int quoted;
        PyObject *spans = PyList_New(0);
        /* PyList_SetItem takes the reference even when it fails. */
        if (spans == NULL || PyList_SetItem(result, g, spans) < 0) {
            Py_CLEAR(result);
            goto done;
        }
        PyObject *group = PyTuple_GetItem(groups, g);
        if (group == NULL || !PyArg_ParseTuple(group, "np:group", &min_length, &quoted)) {
            Py_CLEAR(result);
            goto done;
        }
        if (min_length < 1) {
            PyErr_SetString(PyExc_ValueError, "min_length must be positive");
            Py_CLEAR(result);
            goto done;
        }
        const unsigned char bit = (unsigned char)(1u << g);
#define IN_RUN(at) (kinds[bytes[at]] & bit)
        /* Look at the last byte a run starting here would need: outside the charset, no run
           of min_length can start at or before it, so skip past it (most of a text). At
           `at`, the byte before is never in the charset. */
        Py_ssize_t at = 0;
        while (at + min_length <= size) {
            Py_ssize_t probe = at + min_length - 1;
            if (!IN_RUN(probe)) {
                at = probe + 1;
                continue;
            }
            Py_ssize_t first = probe, stop = probe + 1;
            while (first > at && IN_RUN(first - 1))
                first--;
            while (stop < size && IN_RUN(stop))
                stop++;
            if (stop - first >= min_length
                && (!quoted
                    || (first > 0 && stop < size && (kinds[bytes[first - 1]] & QUOTE_BIT)
                        && (kinds[bytes[stop]] & QUOTE_BIT)))) {
                if (append_pair(spans, first, stop) == NULL) {
                    Py_CLEAR(result);
                    goto done;
                }
            }
            at = stop + 1;
        }
#undef IN_RUN
    }

done:
    Py_XDECREF(groups);
    return result;
}

static PyMethodDef methods[] = {
    {"compile_literals", compile_literals, METH_VARARGS,
     "compile_literals(exact, folded) -> an index of the literals (bytes, 2+ each) for find_literals."},
    {"find_literals", find_literals, METH_VARARGS,
     "find_literals(data, compiled) -> [(offset, index)]: each literal's first occurrence per line."},
    {"find_heads", find_heads, METH_VARARGS,
     "find_heads(data, compiled, offset, meanings, meaning_of, tries_a_line, hits): find_literals, each hit's verify regexes confirmed."},
    {"find_runs", find_runs, METH_VARARGS,
     "find_runs(data, table, groups) -> [[(start, stop)] per group]: runs of each group's bytes."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "secretfence._scan", "The prefilter's byte scans in C.", -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit__scan(void)
{
    PyObject *module = PyModule_Create(&module_def);
    /* What the binary was built against, for `secretfence --version`: 0x03090000 is abi3 for 3.9+. */
    if (module != NULL && PyModule_AddIntConstant(module, "LIMITED_API", Py_LIMITED_API) < 0)
        Py_CLEAR(module);
    return module;
}
